package vigil.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import vigil.store.DataDirException;
import vigil.store.Workspace;

/** Opens workspaces for commands, turning data-directory problems into {@link UserError}s. */
final class Workspaces {
    private Workspaces() {}

    static Workspace forReading(Path dir) {
        try {
            return Workspace.openForReading(dir);
        } catch (DataDirException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Workspace forWriting(Path dir) {
        try {
            return Workspace.openForWriting(dir);
        } catch (DataDirException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
