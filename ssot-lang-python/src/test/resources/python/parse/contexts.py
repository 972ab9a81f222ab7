"""Where each import runs."""
import top
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checking import OnlyForTypes
else:
    import runtime_fallback

if sys.platform == "win32":
    import conditional

try:
    import fast_json
except ImportError:
    import slow_json

try:
    from optional import thing
except (ValueError, ModuleNotFoundError) as exc:
    thing = None

try:
    import any_error
except Exception:
    any_error = None

try:
    import not_guarded
except KeyError:
    pass

try:
    import custom_error
except MyCustomException:
    pass

try:
    try:
        import nested_in_guard
    except KeyError:
        pass
except ImportError:
    pass


def function():
    import lazy_module
    try:
        from lazy_optional import helper
    except ImportError:
        import lazy_fallback
    else:
        import lazy_after_success
    return helper


def test_missing():
    with pytest.raises(ImportError):
        import must_fail


try:
    def defined_under_guard():
        import runs_later
except ImportError:
    pass


class Holder:
    import in_class_body

    async def method(self):
        from in_method import value
        return value


with suppress(KeyError):
    import in_with

for name in ():
    import in_for

if __name__ == "__main__":
    import only_as_script
else:
    import when_imported

match sys.argv:
    case []:
        import in_match


if sys.version_info < (3, 8):
    import for_old_pythons
