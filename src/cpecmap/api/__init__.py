"""The cpecmap web API: ``create_app(settings)`` and ``serve(settings)``."""

from cpecmap.api.app import create_app, serve

__all__ = ["create_app", "serve"]
