package cn.ruralcommerce.stations.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.generator.RefreshTokenConfiguration;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The key that signs access and refresh tokens (HS256): JWT_SECRET, at least 32 bytes, the same on every
 * instance so that each accepts the others' tokens and tokens survive a restart. Only the demo (DEMO_DATA=true)
 * and the dev and test environments may run without it, on a random key of this process; anything else fails
 * to start with a message saying what to set.
 */
@Factory
public class JwtKeys {
    static final int MIN_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtKeys.class);

    /** The resolved secret, created at start-up so that a missing or short secret stops the service at once. */
    @Context
    @Bean
    JwtSecret jwtSecret(@Value("${app.jwt-secret:}") String configured, @Value("${app.demo-data:false}") boolean demo,
                     Environment environment) {
        return new JwtSecret(resolve(configured, demo, environment.getActiveNames()));
    }

    /** The signing secret as its own type, so no bean of plain type String enters the context. */
    record JwtSecret(String value) {
        @Override
        public String toString() {
            return "JwtSecret[hidden]";
        }
    }

    static String resolve(String configured, boolean demo, Set<String> environments) {
        if (configured != null && !configured.isEmpty()) {
            int bytes = configured.getBytes(StandardCharsets.UTF_8).length;
            if (bytes < MIN_BYTES) {
                throw new ConfigurationException("JWT_SECRET has " + bytes + " bytes; it must have at least " + MIN_BYTES
                        + " (e.g. the output of `openssl rand -base64 48`), the same on every instance");
            }
            return configured;
        }
        if (demo || environments.contains(Environment.DEVELOPMENT) || environments.contains(Environment.TEST)) {
            LOG.warn("JWT_SECRET is not set: tokens are signed with a random key of this process (demo/dev only);"
                    + " they end when it stops and other instances refuse them");
            return randomSecret();
        }
        throw new ConfigurationException("JWT_SECRET is not set: set it to a random value of at least " + MIN_BYTES
                + " bytes (e.g. `openssl rand -base64 48`), the same on every instance; only the demo (DEMO_DATA=true)"
                + " runs without it");
    }

    /** A random secret for one process: the demo, and the benchmarks and tools that start the service in-process. */
    public static String randomSecret() {
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    /**
     * Signs and verifies access tokens. Built here rather than configured under micronaut.security.token.jwt.signatures,
     * whose placeholders cannot give a default; the interface type keeps the configuration's binding off this bean.
     */
    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration accessTokenSignature(JwtSecret jwtSecret) {
        String secret = jwtSecret.value();
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret);
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(configuration);
    }

    @Singleton
    RefreshTokenConfiguration refreshTokenSignature(JwtSecret jwtSecret) {
        String secret = jwtSecret.value();
        return new RefreshTokenConfiguration() {
            @Override
            public JWSAlgorithm getJwsAlgorithm() {
                return JWSAlgorithm.HS256;
            }

            @Override
            public String getSecret() {
                return secret;
            }

            @Override
            public boolean isBase64() {
                return false;
            }

            @Override
            public boolean isEnabled() {
                return true;
            }
        };
    }
}
