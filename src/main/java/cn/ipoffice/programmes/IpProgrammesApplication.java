package cn.ipoffice.programmes;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.engine.EngineClockAdapter;
import cn.ipoffice.programmes.simulator.SimulateCommand;
import java.time.Clock;
import java.util.Arrays;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The workflow system for the IP service sector cluster areas and the national IP pilot and model cities. */
@SpringBootApplication
@EnableScheduling
public class IpProgrammesApplication {

    public static void main(String[] args) {
        // Deadlines never depend on the JVM zone; the database's timestamp columns do. Every node
        // stores them in one zone, whatever the machine says, so a restart under TZ=UTC shifts nothing.
        TimeZone.setDefault(TimeZone.getTimeZone(DeadlineCalendar.CHINA));
        if (args.length > 0 && SimulateCommand.NAME.equals(args[0])) {
            System.exit(SimulateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(IpProgrammesApplication.class, args);
    }

    /** The time the product's code and the register read: the engine's, in China Standard Time. */
    @Bean
    Clock clock() {
        return new EngineClockAdapter(DeadlineCalendar.CHINA);
    }
}
