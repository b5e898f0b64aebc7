package io.tempora.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tempora.contracts.identity.ServiceTokens;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The identity provider of the local stack: an RSA key pair kept in a folder, and RS256 bearer
 * tokens with the claims the services read (docs/security.md). The services verify with the
 * public key file; booking-service also signs its own service identity with the private one.
 * In production an identity provider issues the tokens and the services only get its JWKS.
 */
public final class TokenIssuer {

    public static final String ISSUER = "https://auth.tempora.dev";
    public static final String AUDIENCE = "tempora";

    private static final Pattern ORGANIZATION_IN_PATH = Pattern.compile("/v1/organizations/([0-9a-fA-F-]{36})");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrivateKey privateKey;
    private final Path publicKeyFile;
    private final Path privateKeyFile;

    private TokenIssuer(PrivateKey privateKey, Path publicKeyFile, Path privateKeyFile) {
        this.privateKey = privateKey;
        this.publicKeyFile = publicKeyFile;
        this.privateKeyFile = privateKeyFile;
    }

    /** The issuer whose keys live in {@code directory}, created there on first use. */
    public static TokenIssuer inDirectory(Path directory) {
        Path publicFile = directory.resolve("public-key.pem");
        Path privateFile = directory.resolve("private-key.pem");
        try {
            if (!Files.exists(privateFile)) {
                Files.createDirectories(directory);
                KeyPair pair = newKeyPair();
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            }
            return new TokenIssuer(readPrivateKey(privateFile), publicFile, privateFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer of the local stack whose data lives in {@code stackData}. */
    public static TokenIssuer ofStack(Path stackData) {
        return inDirectory(stackData.resolve("jwt"));
    }

    /** An issuer whose key no service trusts: its tokens look right and must still be refused. */
    public static TokenIssuer stranger() {
        try {
            return new TokenIssuer(newKeyPair().getPrivate(), null, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a service needs to verify these tokens and sign its own identity. */
    public Map<String, String> serviceConfig() {
        return Map.of(
                "mp.jwt.verify.publickey.location", publicKeyFile.toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", ISSUER,
                "smallrye.jwt.sign.key.location", privateKeyFile.toAbsolutePath().toString());
    }

    /**
     * A new token of an owner of the organization that {@code uri} names, or the platform's for
     * {@code /v1/organizations} itself: what the people running a practice would send. For tests
     * of behaviour and load tools, not for tests of access.
     */
    public String ownerOf(String uri) {
        Matcher organization = ORGANIZATION_IN_PATH.matcher(uri);
        return organization.find() ? owner(UUID.fromString(organization.group(1))) : platform();
    }

    public String owner(UUID organization) {
        return token().organization(organization).roles("OWNER").sign();
    }

    public String assistant(UUID organization) {
        return token().organization(organization).roles("ADMIN_ASSISTANT").sign();
    }

    public String provider(UUID organization, UUID provider) {
        return token().organization(organization).roles("PROVIDER").provider(provider).sign();
    }

    public String client(UUID organization, UUID client) {
        return token().subject(client.toString()).organization(organization).roles("CLIENT").sign();
    }

    /** The SaaS platform's onboarding, which creates organizations. */
    public String platform() {
        return token().subject("platform").roles("PLATFORM").sign();
    }

    /** A token as a Tempora service signs it for its calls to a neighbour. */
    public String service(String name) {
        return token().subject(name).roles("SERVICE").keyId(ServiceTokens.KEY_ID).sign();
    }

    public Token token() {
        return new Token();
    }

    /** A token being made: every claim has a working default, so a test states only what matters. */
    public final class Token {
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
        private String keyId;

        private Token() {
            claims.put("iss", ISSUER);
            claims.put("aud", AUDIENCE);
            claims.put("sub", "user-" + UUID.randomUUID());
        }

        public Token subject(String subject) {
            claims.put("sub", subject);
            return this;
        }

        public Token organization(UUID organization) {
            claims.put("org_id", organization.toString());
            return this;
        }

        public Token provider(UUID provider) {
            claims.put("provider_id", provider.toString());
            return this;
        }

        public Token roles(String... roles) {
            claims.put("groups", List.of(roles));
            return this;
        }

        public Token issuer(String issuer) {
            claims.put("iss", issuer);
            return this;
        }

        public Token audience(String audience) {
            claims.put("aud", audience);
            return this;
        }

        /** Any other claim, e.g. {@code upn} or {@code preferred_username}. */
        public Token claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        /** The key id in the header; a Tempora service's own tokens carry {@link ServiceTokens#KEY_ID}. */
        public Token keyId(String id) {
            keyId = id;
            return this;
        }

        public Token expiresAt(Instant instant) {
            expiresAt = instant;
            return this;
        }

        public String sign() {
            Map<String, Object> payload = new LinkedHashMap<>(claims);
            payload.put("iat", Instant.now().getEpochSecond());
            payload.put("exp", expiresAt.getEpochSecond());
            Map<String, Object> header = new LinkedHashMap<>(Map.of("alg", "RS256", "typ", "JWT"));
            if (keyId != null) {
                header.put("kid", keyId);
            }
            String unsigned = part(header) + "." + part(payload);
            try {
                Signature rsa = Signature.getInstance("SHA256withRSA");
                rsa.initSign(privateKey);
                rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
                return unsigned + "." + BASE64URL.encodeToString(rsa.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String part(Map<String, Object> json) {
        try {
            return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        String base64 = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
