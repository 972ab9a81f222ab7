"""A regular package inside the namespace packages."""
from backend.app.api.routes import route
