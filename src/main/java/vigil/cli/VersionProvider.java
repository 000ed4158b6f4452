package vigil.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (falls back to "dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"vigil " + (v == null ? "dev" : v)};
    }
}
