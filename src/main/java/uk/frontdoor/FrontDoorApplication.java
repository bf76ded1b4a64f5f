package uk.frontdoor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FrontDoorApplication {

  public static void main(String[] args) {
    SpringApplication.run(FrontDoorApplication.class, args);
  }
}
