class Scratchpad:
    def note(self, text):
        return text.strip()
