"""The entry point: nothing imports it, it imports the rest."""
from backend.app.api import route

route("main")
