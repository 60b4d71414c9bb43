package cn.ipoffice.programmes.support;

import cn.ipoffice.programmes.IpProgrammesApplication;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test on the application's engine: the one configuration engine tests share, so that Spring's context
 * cache gives them all the same application, engine and server. {@link SpringEngine} hands the same context
 * to the tests that reach it statically (the coverage extension, {@link Http}, {@link TestUsers}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = {IpProgrammesApplication.class, CoverageConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface ProcessTest {
}
