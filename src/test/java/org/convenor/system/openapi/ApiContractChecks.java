package org.convenor.system.openapi;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Holds every MockMvc exchange of every Spring test to the served description ({@link ApiContract}), with
 * nothing for a test to remember: registered for all test contexts in {@code META-INF/spring.factories}, it
 * adds itself to each MockMvc that Spring Boot builds.
 */
public class ApiContractChecks implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new Registration();
    }

    /** Equal for every test class, so the contexts Spring caches are shared as before. */
    private record Registration() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (context instanceof WebApplicationContext && context.getBeanFactory() instanceof BeanDefinitionRegistry registry) {
                registry.registerBeanDefinition("apiContractChecks", new RootBeanDefinition(Customizer.class));
            }
        }
    }

    /** Checks each exchange after the test's own request; the description is read once per context. */
    static class Customizer implements MockMvcBuilderCustomizer {

        private final WebApplicationContext context;
        private volatile ApiContract contract;

        Customizer(WebApplicationContext context) {
            this.context = context;
        }

        @Override
        public void customize(ConfigurableMockMvcBuilder<?> builder) {
            builder.alwaysDo(this::check);
        }

        private void check(MvcResult result) throws Exception {
            if (!result.getRequest().getRequestURI().startsWith("/api/")) {
                return;
            }
            contract().check(new ApiContract.Exchange(result.getRequest().getMethod(),
                    result.getRequest().getRequestURI(), result.getRequest().getContentType(),
                    result.getRequest().getContentAsByteArray(), result.getResponse().getStatus(),
                    result.getResponse().getContentType(), result.getResponse().getContentAsByteArray()));
        }

        private ApiContract contract() throws Exception {
            if (contract == null) {
                MockMvc plain = MockMvcBuilders.webAppContextSetup(context).build();
                MockHttpServletResponse description = plain.perform(get("/v3/api-docs")).andReturn().getResponse();
                if (description.getStatus() != 200) {
                    throw new AssertionError("This test context serves no /v3/api-docs (" + description.getStatus()
                            + "), so its API exchanges cannot be checked: use @SpringBootTest, or bring springdoc "
                            + "into the slice");
                }
                contract = ApiContract.of(description.getContentAsString());
            }
            return contract;
        }
    }
}
