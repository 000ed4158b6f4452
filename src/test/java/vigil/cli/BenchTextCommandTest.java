package vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTextCommandTest {
    @Test
    void scoresLocationSpansAndLanguageId(@TempDir Path dir) throws IOException {
        String text = "Gunmen attacked a police post in Kidal on Thursday, killing four soldiers.";
        int start = text.indexOf("Kidal");
        Path f = dir.resolve("mini.jsonl");
        Files.writeString(f, "{\"text\": \"" + text + "\", \"lang\": \"en\", \"toponyms\": [{\"start\": " + start
                + ", \"end\": " + (start + 5) + "}]}\n");
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("bench", "text", "--passes", "1", f.toString());
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        assertTrue(out.contains("chars/s per core"), out);
        assertTrue(out.contains("mini         gold     1 pred     1  exact 1.000/1.000/1.000"), out);
        assertTrue(out.contains("en       1/    1 = 1.000"), out);
    }

    @Test
    void missingInputIsAUserError(@TempDir Path dir) {
        assertEquals(2, Main.run("bench", "text", dir.resolve("nope.jsonl").toString()));
    }
}
