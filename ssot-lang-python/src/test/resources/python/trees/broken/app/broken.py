"""An unclosed bracket: Python reports it where it opens."""


class Broken:
    def run(self):
        return (1,

    def other(self):
        pass
