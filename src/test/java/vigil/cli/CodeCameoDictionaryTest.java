package vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil code --dict DIR} with PETRARCH-format dictionaries, and the CAMEO view. */
class CodeCameoDictionaryTest {
    @TempDir
    Path dir;

    private Path dictionaries() throws Exception {
        Path d = Files.createDirectories(dir.resolve("dict"));
        for (String f : List.of("test.verbs.txt", "test.actors.txt", "test.agents.txt")) {
            try (InputStream in = getClass().getResourceAsStream("/events/cameo/" + f)) {
                Files.write(d.resolve(f), in.readAllBytes());
            }
        }
        return d;
    }

    @Test
    void codesWithACameoDictionaryOnTheCameoView() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"x\",\"lang\":\"en\",\"text\":"
                + "\"Valdoria and the Kestrel Republic condemned Fort Arran on Monday.\"}\n");
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("code", "--dict", dictionaries().toString(), "--view", "CAMEO", "--jsonl",
                in.toString(), "--out", out.toString()));
        String s = Files.readString(out);
        assertEquals(2, s.split("\"cameo\":\"111\"", -1).length - 1, s);
        assertTrue(s.contains("\"code\":\"KSTMIL\""), s);
    }

    @Test
    void aBrokenDictionaryIsOneLine() throws Exception {
        Path d = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(d.resolve("mine.verbs.txt"), "--- DENOUNCE [111] ---\nDENOUNCE\n- * HARSHLY\n");
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"x\",\"text\":\"Nothing.\"}\n");
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.run("code", "--dict", d.toString(), "--jsonl", in.toString(), "--out",
                    dir.resolve("o").toString()));
        } finally {
            System.setErr(old);
        }
        String e = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals("vigil: dictionary: mine.verbs.txt:3: pattern without a [code]", e);
    }
}
