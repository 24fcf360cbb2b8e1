"""Operating Kuulo: doctor, backup and restore, exports, the settings reference and health endpoints."""
