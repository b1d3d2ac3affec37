const app = document.getElementById('app');
if (app) {
  const heading = document.createElement('h1');
  heading.textContent = 'Call Calibration';
  const text = document.createElement('p');
  text.textContent = 'Blind scoring, reveal and calibration report for your QA team.';
  app.append(heading, text);
}
