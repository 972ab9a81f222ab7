def _define(namespace):
    namespace["Generated"] = object


_define(globals())
