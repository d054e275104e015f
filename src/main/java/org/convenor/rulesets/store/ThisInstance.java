package org.convenor.rulesets.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/** This instance's name among those sharing the database: configured, or the host's name and random letters. */
@Component
public class ThisInstance {

    private final String id;

    ThisInstance(InstanceProperties properties) {
        byte[] letters = new byte[3];
        new SecureRandom().nextBytes(letters);
        this.id = properties.id().isBlank() ? host() + "-" + HexFormat.of().formatHex(letters) : properties.id();
    }

    private static String host() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > 80 ? host.substring(0, 80) : host;
        } catch (UnknownHostException e) {
            return "instance";
        }
    }

    public String id() {
        return id;
    }
}
