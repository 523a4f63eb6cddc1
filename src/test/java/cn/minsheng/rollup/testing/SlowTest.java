package cn.minsheng.rollup.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test of the slow tier: it starts the real program in other processes, reads the whole corpus, mutates files by
 * the hundred or renders with LibreOffice. {@code mvn -B test} leaves it out; {@code mvn -B verify} runs it (failsafe).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(SlowTest.TAG)
public @interface SlowTest {

	String TAG = "slow";

}
