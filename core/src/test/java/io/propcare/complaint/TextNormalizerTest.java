package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void fullWidthFormsBecomeHalfWidthAndLowerCase() {
        assertThat(TextNormalizer.normalize("ＬＩＦＴ　Ｎｏ．３ 坏了！")).isEqualTo("lift no.3坏了!");
    }

    @Test
    void traditionalCharactersBecomeSimplified() {
        assertThat(TextNormalizer.normalize("電梯壞了，樓道裡有煙")).isEqualTo("电梯坏了,楼道里有烟");
    }

    @Test
    void spacesNextToChineseAreRemovedAndOtherRunsCollapsed() {
        assertThat(TextNormalizer.normalize("  电 梯   坏了   the   lift  ")).isEqualTo("电梯坏了the lift");
    }

    @Test
    void normalisingTwiceChangesNothing() {
        String once = TextNormalizer.normalize("３棟　１５０２業主來電：  漏水 LEAK");
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }

    @Test
    void theTableHasNoChains() {
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            if (TextNormalizer.hasSimplified(c)) {
                assertThat(TextNormalizer.hasSimplified(TextNormalizer.simplified(c)))
                        .as("simplified form of %s is itself mapped", c).isFalse();
            }
        }
    }
}
