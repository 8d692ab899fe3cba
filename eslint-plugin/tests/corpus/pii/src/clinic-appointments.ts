// Appointment reminders in a clinic scheduling service, logging with bunyan.
import bunyan from 'bunyan';
import { patients, sms } from './services';
import type { Patient } from './domain';

const log = bunyan.createLogger({ name: 'appointments', level: 'info' });

export async function sendReminders(patientId: string): Promise<void> {
  const patient = await patients.findById(patientId);
  const upcoming = await patients.appointmentsFor(patientId);
  log.info({ patientId, appointments: upcoming.length }, 'sending reminders'); // clean
  log.debug({ patient }, 'patient record'); // pii
  for (const appointment of upcoming) {
    log.info({ appointmentId: appointment.id, startsAt: appointment.startsAt, durationMinutes: appointment.durationMinutes }, 'reminder scheduled'); // clean
    await sms.send(patient.phone, `Reminder: appointment at ${appointment.startsAt.toISOString()}`);
    log.info({ appointmentId: appointment.id, to: patient.phone }, 'reminder sent'); // pii
  }
  log.info(`reminders done for ${patient.fullName}`); // pii
  log.info({ ward: patient.ward, mrnPresent: patient.mrn.length > 0 }, 'ward notified'); // clean
}

export function logAdmission(patient: Patient): void {
  const child = log.child({ patientId: patient.id }); // clean
  child.info('admitted'); // clean
  child.info({ dob: patient.dateOfBirth }, 'age verification'); // pii
  const ageYears = new Date().getFullYear() - new Date(patient.dateOfBirth).getFullYear();
  child.info({ ageYears }, 'age computed'); // clean
  const patientLog = log.child({ patientName: patient.fullName }); // pii
  patientLog.info('admission paperwork printed'); // clean
}
