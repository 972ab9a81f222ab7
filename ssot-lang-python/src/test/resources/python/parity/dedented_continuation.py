class Positions:
    def test_weird_attribute_position(self):
        def f():
            (bar.
        baz)
            (bar.
        baz(
        ))
            return (1,  # a comment inside the brackets
    2, \
    3)
        return f
