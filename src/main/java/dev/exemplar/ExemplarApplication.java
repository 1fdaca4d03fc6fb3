package dev.exemplar;

import java.util.Arrays;

import dev.exemplar.admin.RecreateDatabaseCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ExemplarApplication {

    /** Serves the API; with the argument {@code recreate-db}, runs that admin command instead and exits. */
    public static void main(String[] args) {
        if (Arrays.asList(args).contains(RecreateDatabaseCommand.NAME)) {
            System.exit(RecreateDatabaseCommand.run(args));
        }
        SpringApplication.run(ExemplarApplication.class, args);
    }
}
