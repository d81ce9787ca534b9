package org.evergreenloyalty.web.referral;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The proxies whose X-Forwarded-For header the module believes (bean {@code evgTrustedProxies}, property
 * {@code evergreen.security.trustedProxies}: IP addresses and CIDR ranges, comma-separated). The visitor's address
 * is the connection's address unless that is a trusted proxy; then the header is read right to left and the first
 * address no trusted proxy added is the visitor's. A client that talks to the store directly cannot choose its
 * address by sending the header, and entries a client put in front of a proxy's are ignored. The older switch
 * {@code evergreen.referral.trustForwardedFor=true} without a list trusts loopback and private networks only.
 */
public final class TrustedProxies {

    /** Loopback and private ranges (the proxies {@code trustForwardedFor=true} trusts when no list is set). */
    public static final String PRIVATE_NETWORKS = "127.0.0.0/8, 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, ::1/128, fc00::/7";

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<byte[][]> ranges;

    private TrustedProxies(List<byte[][]> ranges) {
        this.ranges = Collections.unmodifiableList(ranges);
    }

    /**
     * @param list              comma-separated IP addresses and CIDR ranges (blank: none)
     * @param trustForwardedFor the older switch: with a blank list, trust {@link #PRIVATE_NETWORKS}
     * @throws IllegalArgumentException for an entry that is not an IP address or range (host names are refused)
     */
    public static TrustedProxies parse(String list, boolean trustForwardedFor) {
        String l = list == null ? "" : list.trim();
        if (l.isEmpty() && trustForwardedFor) {
            l = PRIVATE_NETWORKS;
        }
        List<byte[][]> ranges = new ArrayList<byte[][]>();
        for (String part : l.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            String[] cidr = p.split("/", -1);
            byte[] address = literal(cidr[0]);
            if (address == null || cidr.length > 2) {
                throw new IllegalArgumentException("evergreen.security.trustedProxies: '" + p + "' is not an IP address or CIDR range");
            }
            int bits = address.length * 8;
            if (cidr.length == 2) {
                try {
                    bits = Integer.parseInt(cidr[1]);
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > address.length * 8) {
                    throw new IllegalArgumentException("evergreen.security.trustedProxies: '" + p + "' has a bad prefix length");
                }
            }
            ranges.add(new byte[][] {address, mask(address.length, bits)});
        }
        return new TrustedProxies(ranges);
    }

    /** Whether any proxy is trusted. */
    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether {@code ip} (a literal address) is a trusted proxy. */
    public boolean isTrusted(String ip) {
        byte[] a = literal(ip);
        if (a == null) {
            return false;
        }
        for (byte[][] r : ranges) {
            if (r[0].length == a.length && matches(a, r[0], r[1])) {
                return true;
            }
        }
        return false;
    }

    /** The visitor's address of a connection from {@code remoteAddr} carrying {@code forwardedFor} (may be null). */
    public String clientIp(String remoteAddr, String forwardedFor) {
        if (remoteAddr == null || forwardedFor == null || !isTrusted(remoteAddr)) {
            return remoteAddr;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (literal(hop) == null) {
                return remoteAddr;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return remoteAddr;
    }

    private static byte[] literal(String s) {
        if (s == null || s.isEmpty() || s.length() > 45 || !LITERAL.matcher(s).matches() || (!s.contains(":") && !s.contains("."))) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress(); // a literal: no name lookup
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static byte[] mask(int length, int bits) {
        byte[] m = new byte[length];
        for (int i = 0; i < length; i++) {
            int b = Math.max(0, Math.min(8, bits - i * 8));
            m[i] = (byte) (b == 0 ? 0 : 0xFF << (8 - b));
        }
        return m;
    }

    private static boolean matches(byte[] a, byte[] net, byte[] mask) {
        for (int i = 0; i < a.length; i++) {
            if ((a[i] & mask[i]) != (net[i] & mask[i])) {
                return false;
            }
        }
        return true;
    }
}
