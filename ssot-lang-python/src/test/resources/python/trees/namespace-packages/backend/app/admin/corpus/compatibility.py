"""No __init__.py anywhere: every directory is a namespace package."""


class CompatibilityCheck:
    def run(self, corpus):
        return corpus
