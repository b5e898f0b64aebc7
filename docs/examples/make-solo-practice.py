#!/usr/bin/env python3
"""Writes solo-practice.json: the example practice of docs/migration.md. One practitioner, business
hours Monday to Friday 09:00-17:00 in Berlin, one holiday, three services and 200 appointments over
eight weeks (some cancelled), none overlapping, all within hours. Seeded: the same file every time."""
import datetime
import json
import os
import random

random.seed(7)
START = datetime.date(2027, 1, 4)  # a Monday; tests shift the dates into the future
HOLIDAY = START + datetime.timedelta(days=7 * 3 + 2)  # the Wednesday of week four
SERVICES = [
    {"externalId": "SVC-ASSESS", "name": "Initial assessment", "durationMinutes": 60,
     "bufferBeforeMinutes": 0, "bufferAfterMinutes": 0, "price": {"amount": "90.00", "currency": "EUR"}},
    {"externalId": "SVC-TREAT", "name": "Treatment", "durationMinutes": 45,
     "bufferBeforeMinutes": 0, "bufferAfterMinutes": 0, "price": {"amount": "65.00", "currency": "EUR"}},
    {"externalId": "SVC-CHECK", "name": "Follow-up check", "durationMinutes": 30,
     "bufferBeforeMinutes": 0, "bufferAfterMinutes": 0, "price": {"amount": "40.00", "currency": "EUR"}},
]
NAMES = ["Ada Brandt", "Ben Keller", "Clara Vogel", "David Roth", "Eva Schulz", "Felix Wolf", "Greta Lang",
         "Hanna Beck", "Ivo Franke", "Jana Hahn", "Karl Weiss", "Lena Kraus", "Max Otto", "Nina Graf",
         "Olaf Busch", "Paula Stein", "Quirin Arnold", "Rosa Koch", "Sven Pohl", "Tina Berger"]
CLIENTS = [{"externalId": f"C-{i:03d}", "name": name, "email": f"client{i:03d}@example.com"}
           for i, name in enumerate(NAMES)]

days = [START + datetime.timedelta(days=d) for d in range(56)]
days = [day for day in days if day.weekday() < 5 and day != HOLIDAY]
appointments = []
for day in days:
    at = datetime.datetime.combine(day, datetime.time(9, 0)) + datetime.timedelta(minutes=15 * random.randint(0, 4))
    for _ in range(random.randint(5, 7)):
        service = random.choice(SERVICES)
        end = at + datetime.timedelta(minutes=service["durationMinutes"])
        if end.time() > datetime.time(17, 0) or len(appointments) == 200:
            break
        appointments.append({
            "externalId": f"APT-{len(appointments) + 1:04d}", "client": random.choice(CLIENTS),
            "service": service["externalId"],
            "start": at.strftime("%Y-%m-%dT%H:%M:00+01:00"), "end": end.strftime("%Y-%m-%dT%H:%M:00+01:00"),
            "status": "CANCELLED" if random.random() < 0.08 else "CONFIRMED"})
        at = end + datetime.timedelta(minutes=15 * random.randint(0, 3))
assert len(appointments) == 200, len(appointments)

practice = {
    "practice": {"name": "Weber Physiotherapie", "slug": "weber-physio", "timeZone": "Europe/Berlin",
                 "practitioner": "Dr. Anna Weber"},
    "businessHours": [{"dayOfWeek": day, "start": "09:00", "end": "17:00"}
                      for day in ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"]],
    "holidays": [{"date": HOLIDAY.isoformat(), "name": "Practice closed"}],
    "services": SERVICES,
    "appointments": appointments,
}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "solo-practice.json"), "w") as out:
    json.dump(practice, out, indent=1)
    out.write("\n")
