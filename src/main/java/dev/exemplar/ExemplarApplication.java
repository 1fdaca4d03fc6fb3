package dev.exemplar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ExemplarApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExemplarApplication.class, args);
    }
}
