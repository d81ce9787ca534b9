package org.evergreenloyalty.admin.campaigns;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.evergreenloyalty.campaign.Campaign;

/**
 * A month of Loyalty &gt; Campaigns as a calendar: weeks from Monday to Sunday, each day with the campaigns whose
 * days include it (an early end counts from the next day on).
 */
public final class CampaignCalendar {

    private final YearMonth month;
    private final LocalDate today;
    private final List<List<Day>> weeks = new ArrayList<List<Day>>();

    /** The calendar of {@code month} showing {@code campaigns} (those sharing a day with it). */
    public CampaignCalendar(YearMonth month, LocalDate today, List<Campaign> campaigns, java.time.ZoneId zone) {
        this.month = month;
        this.today = today;
        LocalDate first = month.atDay(1);
        LocalDate day = first.minusDays(first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        LocalDate last = month.atEndOfMonth();
        while (!day.isAfter(last)) {
            List<Day> week = new ArrayList<Day>();
            for (int i = 0; i < 7; i++) {
                List<Campaign> on = new ArrayList<Campaign>();
                for (Campaign c : campaigns) {
                    if (runsOn(c, day, zone)) {
                        on.add(c);
                    }
                }
                week.add(new Day(day, day.getMonth() == month.getMonth(), day.equals(today), on));
                day = day.plusDays(1);
            }
            weeks.add(week);
        }
    }

    private static boolean runsOn(Campaign c, LocalDate day, java.time.ZoneId zone) {
        if (day.isBefore(c.getStartDay()) || day.isAfter(c.getEndDay())) {
            return false;
        }
        return c.getEndedAt() == null || c.getEndedAt().after(java.util.Date.from(day.atStartOfDay(zone).toInstant()));
    }

    public YearMonth getMonth() { return month; }
    /** The month as yyyy-MM (the page's parameter). */
    public String getKey() { return month.toString(); }
    public String getPrevious() { return month.minusMonths(1).toString(); }
    public String getNext() { return month.plusMonths(1).toString(); }
    /** The first day, for the month's title. */
    public java.util.Date getFirstDayDate() {
        return java.util.Date.from(month.atDay(1).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
    }
    public LocalDate getToday() { return today; }
    public List<List<Day>> getWeeks() { return Collections.unmodifiableList(weeks); }

    /** One day cell: the date, whether it belongs to the month, whether it is today, and its campaigns. */
    public static final class Day {
        private final LocalDate date;
        private final boolean inMonth;
        private final boolean today;
        private final List<Campaign> campaigns;

        Day(LocalDate date, boolean inMonth, boolean today, List<Campaign> campaigns) {
            this.date = date;
            this.inMonth = inMonth;
            this.today = today;
            this.campaigns = campaigns;
        }

        public LocalDate getDate() { return date; }
        public int getDayOfMonth() { return date.getDayOfMonth(); }
        public boolean isInMonth() { return inMonth; }
        public boolean isToday() { return today; }
        public List<Campaign> getCampaigns() { return campaigns; }
    }
}
