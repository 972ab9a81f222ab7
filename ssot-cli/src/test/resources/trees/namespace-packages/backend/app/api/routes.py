from backend.app.admin.corpus import loader


def route(name):
    return loader.load(name)
