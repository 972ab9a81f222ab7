from backend.app.admin.corpus.compatibility import CompatibilityCheck
from backend.app.models.user import User


def load(name):
    return CompatibilityCheck().run(User(name))
