package vigil.source;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The SSRF guard: refuses hosts that resolve to loopback, private, link-local, multicast, unique-local,
 * carrier-grade NAT or unspecified addresses, so a feed or redirect cannot make Vigil reach inside the network
 * it runs in. Every resolved address must be public; literal IPs are checked without any lookup.
 *
 * <p>Limitation: the HTTP client resolves the name again when it connects, so a DNS server that answers
 * differently the second time (DNS rebinding) is not stopped here.
 */
class AddressGuard {
    private final boolean allowPrivate;

    AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Resolves {@code host} and throws when it is unknown or (unless allowed) not a public address. */
    void check(String host) throws FetchException {
        if (host == null || host.isEmpty()) throw new FetchException("URL has no host");
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(h);
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host " + h);
        } catch (SecurityException e) {
            throw new FetchException("cannot resolve " + h + ": " + e.getMessage());
        }
        if (allowPrivate) return;
        for (InetAddress a : addresses) {
            if (isNonPublic(a)) {
                throw new FetchException("refused: " + h + " is a private or local address (" + a.getHostAddress()
                        + "); use --allow-private to fetch from it");
            }
        }
    }

    static boolean isNonPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) return true;
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) return isNonPublicV4(b);
        if (a instanceof Inet6Address) {
            int b0 = b[0] & 0xff;
            if ((b0 & 0xfe) == 0xfc) return true;                        // fc00::/7 unique local
            if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return isNonPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // ::ffff:a.b.c.d
            }
            if (allZero(b, 0, 12)) return true;                            // ::a.b.c.d (deprecated), ::, ::1
            if (b0 == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return isNonPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // 64:ff9b::/96 NAT64
            }
            if (b0 == 0x20 && (b[1] & 0xff) == 0x02) {
                return isNonPublicV4(new byte[] {b[2], b[3], b[4], b[5]});     // 2002::/16 6to4
            }
            return b0 == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0 && b[3] == 0; // 2001::/32 Teredo
        }
        return true;
    }

    private static boolean isNonPublicV4(byte[] b) {
        int a0 = b[0] & 0xff, a1 = b[1] & 0xff, a2 = b[2] & 0xff;
        return a0 == 0                                   // 0.0.0.0/8
                || a0 == 10                              // 10/8
                || a0 == 127                             // loopback
                || (a0 == 100 && (a1 & 0xc0) == 64)      // 100.64/10 carrier-grade NAT
                || (a0 == 169 && a1 == 254)              // link-local, cloud metadata
                || (a0 == 172 && (a1 & 0xf0) == 16)      // 172.16/12
                || (a0 == 192 && a1 == 168)              // 192.168/16
                || (a0 == 192 && a1 == 0 && a2 == 0)     // 192.0.0/24 IETF protocol assignments
                || (a0 == 198 && (a1 & 0xfe) == 18)      // 198.18/15 benchmarking
                || a0 >= 224;                            // multicast, reserved, broadcast
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] != 0) return false;
        return true;
    }
}
