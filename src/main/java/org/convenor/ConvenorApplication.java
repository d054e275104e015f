package org.convenor;

import java.util.Arrays;

import org.convenor.rulesets.CheckCommand;
import org.convenor.engine.RulesProperties;
import org.convenor.rulesets.RuleSetGate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ConvenorApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("check")) {
            System.exit(check(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(ConvenorApplication.class, args);
    }

    /** Runs the scenarios of every rule set without starting the web server, opening the database or activating anything. */
    static int check(String[] args) {
        try (ConfigurableApplicationContext context = CommandLineContext.start(args)) {
            RulesProperties properties = context.getBean(RulesProperties.class);
            return new CheckCommand(context.getBean(RuleSetGate.class), properties.directory(), properties.scenarios(),
                    System.out).run();
        }
    }
}
