"""Watching: what Kuulo follows (watches, accounts, imports), when it polls, and storing what it read."""
