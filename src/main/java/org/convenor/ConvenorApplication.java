package org.convenor;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ConvenorApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("check")) {
            System.exit(check(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(ConvenorApplication.class, args);
    }

    /** Runs the scenarios of every rule set without starting the service (see {@link Check}). */
    static int check(String[] args) {
        return Check.run(args, System.out);
    }
}
