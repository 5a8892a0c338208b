package com.phiintelligence.sdk.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class whose tests take a {@link com.phiintelligence.sdk.PhiSdk} (or the
 * {@link ConnectionInfo} of its database) as a parameter: see {@link PhiSdkExtension}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PhiSdkExtension.class)
public @interface PhiTest {
}
