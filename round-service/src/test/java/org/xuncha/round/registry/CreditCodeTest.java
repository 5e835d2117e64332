package org.xuncha.round.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GB 32100-2015 check characters, against codes of real organizations. */
class CreditCodeTest {

    @Test
    void realCodesPass() {
        assertThat(CreditCode.problemWith("914403001922038216")).isEmpty();
        assertThat(CreditCode.problemWith("91350100M000100Y43")).isEmpty();
        assertThat(CreditCode.problemWith("91110000100017643K")).isEmpty();
    }

    @Test
    void aChangedCharacterFailsTheCheck() {
        assertThat(CreditCode.problemWith("914403001922038217")).hasValueSatisfying(
                problem -> assertThat(problem).contains("check character").contains("should be 6"));
        assertThat(CreditCode.problemWith("914403001922038816")).isPresent();
    }

    @Test
    void lettersTheAlphabetLeavesOutAreRefused() {
        assertThat(CreditCode.problemWith("9144030019220382I6")).hasValueSatisfying(
                problem -> assertThat(problem).contains("position 17"));
    }

    @Test
    void theDivisionCodeMustBeDigits() {
        assertThat(CreditCode.problemWith("9144A3001922038216")).hasValueSatisfying(
                problem -> assertThat(problem).contains("administrative division"));
    }
}
