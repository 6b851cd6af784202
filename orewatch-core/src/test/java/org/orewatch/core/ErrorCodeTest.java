package org.orewatch.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void numbersAreUniqueAndFallInTheRangeOfTheirKind() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::number)).doesNotHaveDuplicates();
        for (ErrorCode code : ErrorCode.values()) {
            int range = code.number() / 100;
            ErrorCode.Kind expected = switch (range) {
                case 0 -> ErrorCode.Kind.USER_ERROR;
                case 1 -> ErrorCode.Kind.NOT_FOUND;
                case 2 -> ErrorCode.Kind.INSUFFICIENT_RESOURCES;
                default -> ErrorCode.Kind.INTERNAL_ERROR;
            };
            assertThat(code.kind()).as(code.name()).isEqualTo(expected);
        }
    }

    @Test
    void exceptionMessageLeadsWithThePosition() {
        OrewatchException failure = new OrewatchException(ErrorCode.INVALID_VALUE,
                SourcePosition.of("kb/mines.yaml", 12, "value.unit"), "unknown unit 'tonnes'");
        assertThat(failure.getMessage()).isEqualTo("kb/mines.yaml:12 [value.unit]: unknown unit 'tonnes'");
        assertThat(failure.code().kind().exitCode()).isEqualTo(2);
        assertThat(failure.code().kind().httpStatus()).isEqualTo(400);
    }
}
