package vigil.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV rows: fields quoted when they hold a comma, quote or line break. */
public final class Csv {
    private final Writer out;

    public Csv(Writer out) {
        this.out = out;
    }

    public void row(List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            Object f = fields.get(i);
            if (f != null) out.write(quote(f.toString()));
        }
        out.write("\r\n");
    }

    static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
