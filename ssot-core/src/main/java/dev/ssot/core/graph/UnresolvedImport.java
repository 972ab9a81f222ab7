package dev.ssot.core.graph;

import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.Location;

/**
 * An import that fails at run time: {@code from m import x} where {@code m} is a module of the
 * codebase that neither defines, imports, aliases nor star-exports {@code x}, has no submodule
 * {@code x} and no module {@code __getattr__}, or that binds {@code x} only for type checkers; or
 * an import of a module that does not exist inside a package of the codebase: the {@code
 * ImportError} that only shows at run time.
 *
 * @param location where the imported name is written
 * @param ref the import
 * @param symbol {@code m.x}, or the missing module's name
 * @param why what is missing, when it is not the plain case: the module itself does not exist, or
 *     binds the name only under {@code if TYPE_CHECKING:}; null otherwise
 */
public record UnresolvedImport(Location location, ImportRef ref, String symbol, String why) {}
