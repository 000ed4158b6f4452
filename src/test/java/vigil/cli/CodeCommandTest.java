package vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil code}: files in, events out, one clear line for a user's mistake. */
class CodeCommandTest {
    @TempDir
    Path dir;

    @Test
    void codesAFile() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"x\",\"lang\":\"es\",\"text\":\"Paramilitares asesinaron a un campesino en Urabá.\"}\n");
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("code", "--jsonl", in.toString(), "--out", out.toString()));
        String s = Files.readString(out);
        assertTrue(s.startsWith("{\"id\":\"x\",\"events\":[{\"type\":\"ASSAULT\""), s);
        assertTrue(s.contains("\"code\":\"---UAF\""), s);
    }

    @Test
    void userMistakesAreOneLine() throws Exception {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int rc = Main.run("code", "--jsonl", dir.resolve("missing.jsonl").toString(), "--out", dir.resolve("o").toString());
            assertEquals(2, rc);
            Path bad = dir.resolve("bad.jsonl");
            Files.writeString(bad, "{oops\n");
            assertEquals(2, Main.run("code", "--jsonl", bad.toString(), "--out", dir.resolve("o").toString()));
        } finally {
            System.setErr(old);
        }
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("vigil: no such file: "), e);
        assertTrue(e.contains("bad.jsonl:1: not a JSON object"), e);
        assertTrue(!e.contains("Exception"), e);
    }
}
