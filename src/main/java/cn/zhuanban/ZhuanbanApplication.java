package cn.zhuanban;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Zhuanban: the key-project service platform of a district government. */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class ZhuanbanApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZhuanbanApplication.class, args);
    }
}
