package org.evergreenloyalty.demo.site.mailbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import org.evergreenloyalty.demo.mail.DemoMailbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Demo only: {@code /demo/mailbox} lists the e-mails the store has sent to the in-process demo mailbox
 * (newest first); {@code /demo/mailbox/{n}} shows one, its HTML body in a sandboxed iframe.
 */
@Controller
@RequestMapping("/demo/mailbox")
public class MailboxController {

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model) throws MessagingException, IOException {
        DemoMailbox mailbox = DemoMailbox.current();
        model.addAttribute("mailboxRunning", mailbox != null);
        List<MailView> messages = new ArrayList<MailView>();
        if (mailbox != null) {
            List<MimeMessage> received = mailbox.messages();
            for (int i = received.size() - 1; i >= 0; i--) {
                messages.add(MailView.of(i + 1, received.get(i)));
            }
        }
        model.addAttribute("messages", messages);
        return "demo/mailbox";
    }

    @RequestMapping(value = "/{number}", method = RequestMethod.GET)
    public String show(@PathVariable("number") String number, Model model) throws MessagingException, IOException {
        DemoMailbox mailbox = DemoMailbox.current();
        List<MimeMessage> received = mailbox == null ? new ArrayList<MimeMessage>() : mailbox.messages();
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > received.size()) {
            model.addAttribute("notFound", true);
            return "demo/message";
        }
        model.addAttribute("message", MailView.of(n, received.get(n - 1)));
        return "demo/message";
    }
}
