package dev.exemplar;

import java.util.Arrays;
import java.util.List;

import dev.exemplar.admin.InfoCommand;
import dev.exemplar.admin.MigrateCommand;
import dev.exemplar.admin.RecreateDatabaseCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ExemplarApplication {

	/**
	 * Serves the API; with the argument {@code recreate-db}, {@code migrate} or
	 * {@code info}, runs that admin command instead and exits with its status.
	 */
	public static void main(String[] args) {
		List<String> arguments = Arrays.asList(args);
		if (arguments.contains(RecreateDatabaseCommand.NAME)) {
			System.exit(RecreateDatabaseCommand.run(args));
		}
		if (arguments.contains(MigrateCommand.NAME)) {
			System.exit(MigrateCommand.run(args));
		}
		if (arguments.contains(InfoCommand.NAME)) {
			System.exit(InfoCommand.run(args));
		}
		SpringApplication.run(ExemplarApplication.class, args);
	}

}
