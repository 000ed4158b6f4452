package vigil.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command that uses a data directory. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (raw archive, index, state, logs). Default: ${DEFAULT-VALUE}, or $VIGIL_DATA.",
            defaultValue = "${env:VIGIL_DATA:-vigil-data}")
    Path dir = Paths.get("vigil-data");

    public Path dir() {
        return dir;
    }
}
