package org.evergreenloyalty.admin.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

class NamedBeanLookupTest {

    private GenericApplicationContext contextWith(String name, Object bean) {
        GenericApplicationContext ctx = new GenericApplicationContext();
        ctx.getBeanFactory().registerSingleton(name, bean);
        ctx.refresh();
        return ctx;
    }

    @Test
    void findsTheBeanByNameAndType() {
        NamedBeanLookup<String> lookup = new NamedBeanLookup<String>("greeting", String.class);
        lookup.setApplicationContext(contextWith("greeting", "hello"));
        assertEquals("hello", lookup.find());
    }

    @Test
    void findsNothingUnderAnotherNameOrOfAnotherType() {
        NamedBeanLookup<String> byName = new NamedBeanLookup<String>("other", String.class);
        byName.setApplicationContext(contextWith("greeting", "hello"));
        assertNull(byName.find());

        NamedBeanLookup<Integer> byType = new NamedBeanLookup<Integer>("greeting", Integer.class);
        byType.setApplicationContext(contextWith("greeting", "hello"));
        assertNull(byType.find());
    }

    @Test
    void findsNothingBeforeItHasAContext() {
        assertNull(new NamedBeanLookup<String>("greeting", String.class).find());
    }

    @Test
    void refusesABlankName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NamedBeanLookup<String>(" ", String.class));
        assertEquals("The bean name to look up is required", e.getMessage());
    }
}
