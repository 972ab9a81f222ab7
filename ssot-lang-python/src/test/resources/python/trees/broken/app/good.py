from app.broken import Broken


class Good:
    pass
