package org.convenor;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The service; or, with {@code check} or {@code preview} first, one of the {@link Commands}, without it. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConvenorApplication {

    public static void main(String[] args) {
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (args.length > 0 && args[0].equals("check")) {
            System.exit(Commands.check(rest, System.out));
        }
        if (args.length > 0 && args[0].equals("preview")) {
            System.exit(Commands.preview(rest, System.out));
        }
        SpringApplication.run(ConvenorApplication.class, args);
    }
}
