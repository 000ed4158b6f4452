package vigil.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the shared python scorers and returns what it printed, so benchmarks report its exact figures. */
final class ScorerProcess {
    private ScorerProcess() {}

    static String run(Path script, String... args) {
        if (!Files.isRegularFile(script)) throw new UserError("scorer not found: " + script);
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new UserError("scorer timed out: " + script);
            }
            if (p.exitValue() != 0) throw new UserError("scorer failed (" + p.exitValue() + "): " + out.strip());
            return out;
        } catch (IOException e) {
            throw new UserError("cannot run python3 for the scorer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted");
        }
    }
}
