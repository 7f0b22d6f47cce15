package cn.ruralcommerce.stations.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of account management. */
public final class UserRequests {
    private UserRequests() {
    }

    /** A new account. */
    @Serdeable
    public record CreateUserRequest(
            @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "letters, digits, _ . - only") String username,
            @NotBlank String password,
            @NotNull Role role,
            @Nullable String scopeCode,
            @Nullable @Size(max = 100) String displayName) {
    }

    /** A new role and scope for an account. */
    @Serdeable
    public record ScopeRequest(@NotNull Role role, @Nullable String scopeCode) {
    }

    /** A password set by an administrator. */
    @Serdeable
    public record PasswordRequest(@NotBlank String password) {
    }

    /** The caller changing its own password. */
    @Serdeable
    public record ChangePasswordRequest(@NotBlank String currentPassword, @NotBlank String newPassword) {
    }
}
