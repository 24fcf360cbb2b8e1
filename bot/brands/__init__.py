"""Brands: several brands in one Kuulo, kept apart (docs/brands.md).

``names`` checks a brand's name, ``records`` adds, lists, renames and removes brands,
``settings`` is the one resolver of a brand's effective settings.
"""
