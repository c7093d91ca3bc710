// Fault scenarios push hundreds of thousands of records through every service.
jest.setTimeout(1_200_000);
